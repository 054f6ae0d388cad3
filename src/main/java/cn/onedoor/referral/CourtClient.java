package cn.onedoor.referral;

import cn.onedoor.external.ExternalHttpClient;
import cn.onedoor.external.ExternalSystem;
import cn.onedoor.external.JsonSchemas;
import org.springframework.stereotype.Component;

/**
 * The people's court's mediation platform (人民法院调解平台): litigation referrals, payment-order
 * applications, judicial-confirmation applications and result reports of court-entrusted cases.
 * The court answers with receipts and decisions on {@code /api/callbacks/court/…}.
 */
@Component
class CourtClient extends FilingClient {

  CourtClient(ExternalHttpClient http, JsonSchemas schemas) {
    super(ExternalSystem.COURT, http, schemas);
  }
}
