package cn.onedoor.documents;

/** A template that cannot be read, parsed, filled in or laid out; the log names the file and the fault. */
class DocumentTemplateException extends RuntimeException {

  private final String templateName;

  DocumentTemplateException(String templateName, String problem, Throwable cause) {
    super("Document template " + templateName + " " + problem, cause);
    this.templateName = templateName;
  }

  String templateName() {
    return templateName;
  }
}
