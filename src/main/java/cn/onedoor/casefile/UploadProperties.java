package cn.onedoor.casefile;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code onedoor.uploads.*}: the limits of files uploaded to a case.
 *
 * @param maxFileSize the largest file (10 MB); the request limit of the upload path
 *     ({@code onedoor.http.request-limits.max-upload}) follows it in application.yml
 * @param maxPerCase how many files one case may hold (50)
 * @param inlineMax files up to this size travel inside the hand-off e-file as base64; larger ones as a
 *     download reference the receiving system fetches (docs/handoffs.md)
 */
@ConfigurationProperties("onedoor.uploads")
record UploadProperties(DataSize maxFileSize, Integer maxPerCase, DataSize inlineMax) {

  UploadProperties {
    maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(10) : maxFileSize;
    maxPerCase = maxPerCase == null ? 50 : maxPerCase;
    inlineMax = inlineMax == null ? DataSize.ofMegabytes(2) : inlineMax;
  }
}
