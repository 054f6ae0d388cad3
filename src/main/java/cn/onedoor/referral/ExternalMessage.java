package cn.onedoor.referral;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of a message from the court or the arbitration commission about a case. */
@Schema(description = "外部机构关于案件的消息")
public record ExternalMessage(
    @Schema(description = "日期（受理、裁决、签收等），缺省为今天", example = "2026-12-02") String date,
    @Schema(description = "对方文书编号", example = "吉劳人仲案字〔2026〕45号") String reference,
    @Schema(description = "结果（支付令：issued 已发出 / rejected 驳回）", example = "issued") String result,
    @Schema(description = "说明") String note,
    @Schema(description = "延长后的审理期限（仅 award-period-extended：仲裁委通知的期限届满日，不得超过受理之日起45日届满后再延长15日）",
        example = "2026-10-23") String extendedUntil,
    @Schema(description = "发送方的消息编号（仅签名回调）：同一编号的消息只处理一次，重发时请沿用", example = "ARB-2026-000123")
        String messageId) {}
