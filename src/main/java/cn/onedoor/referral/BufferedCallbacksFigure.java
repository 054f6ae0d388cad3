package cn.onedoor.referral;

import cn.onedoor.system.StatusFigure;
import org.springframework.stereotype.Component;

/** {@code figures.inboundMessagesBuffered} on the system status: callbacks kept until their case waits for them. */
@Component
class BufferedCallbacksFigure implements StatusFigure {

  private final CallbackInbox inbox;

  BufferedCallbacksFigure(CallbackInbox inbox) {
    this.inbox = inbox;
  }

  @Override
  public String name() {
    return "inboundMessagesBuffered";
  }

  @Override
  public long value() {
    return inbox.buffered();
  }
}
