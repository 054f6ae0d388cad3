package cn.onedoor.referral;

/** The labour and personnel dispute arbitration commission (劳动人事争议仲裁委员会). */
public interface ArbitrationGateway {

  void handOver(String caseNumber, String idempotencyKey);
}
