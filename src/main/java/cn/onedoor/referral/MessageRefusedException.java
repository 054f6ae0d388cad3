package cn.onedoor.referral;

/**
 * A message from outside that the case's rules refuse (e.g. an award period extended beyond LDMAL
 * art. 43): thrown inside the correlation, so nothing is written; our API answers 400 with the message.
 */
class MessageRefusedException extends IllegalArgumentException {

  MessageRefusedException(String message) {
    super(message);
  }
}
