package cn.onedoor.casefile;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** What an uploaded file is, as the upload form offers it and the case e-file names it. */
public enum UploadType {
  SIGNED_AGREEMENT("签字协议书"),
  PAYMENT_PROOF("履行凭证"),
  ID_COPY("身份证明复印件"),
  AUTHORIZATION("授权委托书"),
  EVIDENCE("证据材料"),
  OTHER("其他材料");

  private final String label;

  UploadType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** {@code signed_agreement}, as the API takes and the register stores it. */
  public String code() {
    return name().toLowerCase();
  }

  public static Optional<UploadType> fromCode(String code) {
    return Arrays.stream(values()).filter(type -> type.code().equals(code)).findFirst();
  }

  /** Code → label in the order the form offers them. */
  public static Map<String, String> labels() {
    Map<String, String> labels = new LinkedHashMap<>();
    for (UploadType type : values()) {
      labels.put(type.code(), type.label());
    }
    return labels;
  }
}
