package cn.onedoor.referral;

/** The receiver's receipt: its number, and whether it had the filing already (a retry). */
public record FilingReceipt(String receiptNumber, boolean duplicate) {}
