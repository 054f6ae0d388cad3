package cn.onedoor.referral;

import cn.onedoor.external.ExternalHttpClient;
import cn.onedoor.external.ExternalSystem;
import cn.onedoor.external.JsonSchemas;
import org.springframework.stereotype.Component;

/**
 * The labour and personnel dispute arbitration commission (劳动人事争议仲裁委员会): case referrals
 * and applications for arbitration review of agreements. It answers accepted / not accepted /
 * award on {@code /api/callbacks/arbitration/…}.
 */
@Component
class ArbitrationClient extends FilingClient {

  ArbitrationClient(ExternalHttpClient http, JsonSchemas schemas) {
    super(ExternalSystem.ARBITRATION, http, schemas);
  }
}
