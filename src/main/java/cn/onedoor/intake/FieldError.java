package cn.onedoor.intake;

/** One thing wrong with an application: the field (as the API and the form name it) and what to fix, in Chinese. */
public record FieldError(String field, String message) {}
