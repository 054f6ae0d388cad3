package cn.onedoor.documents;

/** The case has no such document (yet): a 404 with this Chinese message. */
class DocumentUnavailableException extends RuntimeException {

  DocumentUnavailableException(String message) {
    super(message);
  }
}
