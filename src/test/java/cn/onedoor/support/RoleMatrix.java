package cn.onedoor.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.provider.Arguments;

/**
 * A role matrix written as a table: a header of user names, then one row per action or door, one
 * cell per user; "-" leaves a cell out. Each cell becomes the arguments (user, row, cell).
 */
public final class RoleMatrix {

  private RoleMatrix() {}

  public static List<Arguments> cells(String table) {
    List<String> lines = table.lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
    String[] header = lines.get(0).split("\\s+");
    List<String> users = Arrays.asList(header).subList(1, header.length);
    List<Arguments> cells = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] row = line.split("\\s+");
      if (row.length != header.length) {
        throw new IllegalArgumentException("row '" + row[0] + "' has " + (row.length - 1) + " cells for " + users.size() + " users");
      }
      for (int i = 0; i < users.size(); i++) {
        if (!row[i + 1].equals("-")) {
          cells.add(Arguments.of(users.get(i), row[0], row[i + 1]));
        }
      }
    }
    return cells;
  }
}
