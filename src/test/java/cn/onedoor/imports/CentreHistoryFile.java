package cn.onedoor.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A centre's register of its own making, as the import takes it: the 594 cases of DOMAIN.md's KPI
 * table (648 workers, 397 employers, 588 agreements, 256 performed on the spot, 6,811,100.00 yuan)
 * over a span of 1,036 days, with valid identity numbers and credit codes computed here
 * independently of the application (GB 11643, GB 32100). Every value is a function of the case's
 * number, so the file is the same every time.
 */
final class CentreHistoryFile {

  static final int CASES = 594;
  static final int TWO_WORKER_CASES = 54;
  static final int EMPLOYERS = 397;
  static final int AGREEMENTS = 588;
  static final int ON_THE_SPOT = 256;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String ID_CHECK = "10X98765432";
  private static final String CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] CODE_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

  private CentreHistoryFile() {}

  /** The register accepted from {@code first} on, as ndjson; {@code prefix} gives the original numbers (none when null). */
  static String ndjson(LocalDate first, String prefix) {
    return IntStream.range(0, CASES).mapToObj(i -> line(i, first, prefix).toString()).collect(Collectors.joining("\n")) + "\n";
  }

  static ObjectNode line(int i, LocalDate first, String prefix) {
    LocalDate accepted = first.plusDays((long) i * 1036 / (CASES - 1));
    LocalDate received = accepted.minusDays(1);
    ObjectNode line = JSON.createObjectNode();
    if (prefix != null) {
      line.put("caseNumber", prefix + "-" + String.format("%04d", i + 1));
    }
    line.put("channel", i % 3 == 0 ? "online" : "window");
    line.put("receivedDate", received.toString());
    ArrayNode applicants = line.putArray("applicants");
    applicants.add(applicant("劳动者甲" + i, identityNumber(2 * i), "138" + String.format("%08d", i)));
    if (i < TWO_WORKER_CASES) {
      applicants.add(applicant("劳动者乙" + i, identityNumber(2 * i + 1), null));
    }
    ObjectNode employer = line.putObject("employer");
    employer.put("name", "吉安市历史导入企业" + (i % EMPLOYERS) + "有限公司");
    employer.put("creditCode", creditCode(i % EMPLOYERS));
    employer.put("address", "吉安市吉州区某某路" + (i % EMPLOYERS) + "号");
    employer.put("legalRepresentative", "法人" + (i % EMPLOYERS));
    ObjectNode claim = line.putObject("claim");
    claim.put("disputeType", i % 2 == 0 ? "wages" : "dismissal");
    claim.put("amount", "20000.00");
    claim.put("description", "拖欠工资及经济补偿，共计二万元");
    claim.put("knownDate", received.minusDays(20).toString());
    line.put("acceptedDate", accepted.toString());
    if (i < AGREEMENTS) {
      LocalDate agreed = accepted.plusDays(7);
      boolean onTheSpot = i < ON_THE_SPOT;
      line.put("agreementDate", agreed.toString());
      line.put("agreedAmount", i == AGREEMENTS - 1 ? "11879.00" : "11583.00");
      line.put("performanceMode", onTheSpot ? "on_the_spot" : "deferred");
      line.put("outcome", onTheSpot ? "settled" : "settled_after_deferred_performance");
      line.put("closedDate", (onTheSpot ? agreed : agreed.plusDays(20)).toString());
    } else {
      line.put("outcome", "referred_to_arbitration");
      line.put("closedDate", accepted.plusDays(15).toString());
    }
    return line;
  }

  private static ObjectNode applicant(String name, String idNumber, String phone) {
    ObjectNode applicant = JSON.createObjectNode();
    applicant.put("name", name);
    applicant.put("idNumber", idNumber);
    if (phone != null) {
      applicant.put("phone", phone);
    }
    return applicant;
  }

  /** An identity number of someone born on {@code born} in 吉州区, with its check character. */
  static String identityNumberBornOn(LocalDate born, int sequence) {
    String first17 = "360802" + born.toString().replace("-", "") + String.format("%03d", sequence % 1000);
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
    }
    return first17 + ID_CHECK.charAt(sum % 11);
  }

  /** A worker born between 1970 and 1997 in 吉州区 (360802), with the check character of GB 11643. */
  static String identityNumber(int n) {
    LocalDate born = LocalDate.of(1970, 1, 1).plusDays((n * 13L) % 10000);
    String first17 = "360802" + born.toString().replace("-", "") + String.format("%03d", n % 1000);
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
    }
    return first17 + ID_CHECK.charAt(sum % 11);
  }

  /** An enterprise credit code (91 + 吉州区 + a serial) with the check character of GB 32100. */
  static String creditCode(int n) {
    String first17 = "91360802MA" + String.format("%07d", 3500000 + n);
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += CODE_ALPHABET.indexOf(first17.charAt(i)) * CODE_WEIGHTS[i];
    }
    return first17 + CODE_ALPHABET.charAt((31 - sum % 31) % 31);
  }

  static List<String> lines(String ndjson) {
    return ndjson.lines().toList();
  }
}
