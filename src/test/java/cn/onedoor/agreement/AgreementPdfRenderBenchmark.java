package cn.onedoor.agreement;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Renders the on-the-spot agreement of {@link AgreementPdfTests} over and over, on one thread and on
 * {@code --threads}, and prints median and p95 ms per PDF with the load average (issue #16: the PDF
 * took 221 ms of the mediator's submit). A main(), never part of {@code mvn test}; see docs/benchmarks.md.
 */
public final class AgreementPdfRenderBenchmark {

  public static void main(String[] args) throws Exception {
    int count = 60;
    int threads = 4;
    for (String arg : args) {
      if (arg.startsWith("--count=")) {
        count = Integer.parseInt(arg.substring(8));
      } else if (arg.startsWith("--threads=")) {
        threads = Integer.parseInt(arg.substring(10));
      }
    }
    AgreementPdf pdf = new AgreementPdf(new AgreementProperties(AgreementPdfTests.WQY_ZEN_HEI, true,
        "吉安市劳动人事争议一站式调处中心", "吉安市劳动人事争议一站式调处中心调解专用章", "吉劳调协"));
    AgreementDocumentData data = AgreementPdfTests.agreement(true);
    for (int i = 0; i < 10; i++) {
      pdf.render(data);
    }
    report("1 thread", run(pdf, data, count, 1));
    report(threads + " threads", run(pdf, data, count, threads));
  }

  private static List<Double> run(AgreementPdf pdf, AgreementDocumentData data, int count, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<Double>> futures = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      futures.add(pool.submit(() -> {
        long t = System.nanoTime();
        pdf.render(data);
        return (System.nanoTime() - t) / 1e6;
      }));
    }
    List<Double> ms = new ArrayList<>();
    for (Future<Double> f : futures) {
      ms.add(f.get());
    }
    double wall = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    System.out.printf(Locale.ROOT, "  %d PDFs in %.1f s: %.1f PDFs/s%n", count, wall, count / wall);
    return ms;
  }

  private static void report(String label, List<Double> ms) {
    Collections.sort(ms);
    System.out.printf(Locale.ROOT, "%s: median %.1f ms, p95 %.1f ms per PDF (n=%d), load average %.2f%n", label,
        ms.get(ms.size() / 2), ms.get((int) Math.ceil(ms.size() * 0.95) - 1), ms.size(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }
}
