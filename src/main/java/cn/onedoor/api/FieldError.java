package cn.onedoor.api;

/**
 * One thing wrong with an input, as the {@code errors} of a 400 list it: the field (as the API and the
 * form name it) and what to fix, in Chinese.
 */
public record FieldError(String field, String message) {}
