package cn.onedoor.notification;

import cn.onedoor.process.NoticeDeliveryVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 发送短信或邮件 (NoticeDelivery): one recorded notice to the gateway. */
@Component("deliverNoticeDelegate")
class DeliverNoticeDelegate implements JavaDelegate {

  private final NoticeDeliveries deliveries;

  DeliverNoticeDelegate(NoticeDeliveries deliveries) {
    this.deliveries = deliveries;
  }

  @Override
  public void execute(DelegateExecution execution) {
    deliveries.deliver(NoticeDeliveryVariables.of(execution).noticeId());
  }
}
