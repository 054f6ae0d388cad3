package cn.onedoor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The memory a benchmark quotes beside its figures: the resident set now and at its peak (Linux,
 * {@code /proc/self/status} VmRSS and VmHWM) and the Java heap used, committed and at most. Where
 * {@code /proc} cannot be read (macOS, Windows) the resident set is given as "n/a" and the heap alone.
 */
public final class Rss {

  private static final long MB = 1024L * 1024L;

  private Rss() {}

  /** "RSS 412 MB, peak 455 MB, heap used/committed/max 180/256/768 MB". */
  public static String describe() {
    return describe(Path.of("/proc/self/status"));
  }

  static String describe(Path status) {
    String rss = "n/a";
    String peak = "n/a";
    try {
      List<String> lines = Files.readAllLines(status);
      rss = field(lines, "VmRSS:");
      peak = field(lines, "VmHWM:");
    } catch (IOException | RuntimeException e) {
      // not Linux, or /proc hidden: the heap figures alone
    }
    Runtime runtime = Runtime.getRuntime();
    long committed = runtime.totalMemory();
    long used = committed - runtime.freeMemory();
    long max = runtime.maxMemory();
    return "RSS " + rss + ", peak " + peak + ", heap used/committed/max " + used / MB + "/" + committed / MB + "/"
        + (max == Long.MAX_VALUE ? "unlimited" : Long.toString(max / MB)) + " MB";
  }

  /** "VmRSS:   421884 kB" → "412 MB"; "n/a" when the line is missing or not a number. */
  static String field(List<String> lines, String name) {
    for (String line : lines) {
      if (line.startsWith(name)) {
        String[] parts = line.substring(name.length()).trim().split("\\s+");
        try {
          long kb = Long.parseLong(parts[0]);
          return kb / 1024 + " MB";
        } catch (NumberFormatException e) {
          return "n/a";
        }
      }
    }
    return "n/a";
  }

  public static void main(String[] args) {
    System.out.println(describe());
  }
}
