package cn.onedoor.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code onedoor.http.request-limits.*}: the largest request body {@link RequestSizeLimitFilter}
 * lets through to {@code /api/**}, {@code /engine-rest/**} and {@code /camunda/api/**}.
 *
 * @param maxBody every request but deployments
 * @param maxDeployment {@code /engine-rest/deployment/create} and the webapps' deployment door (models with forms)
 * @param maxUpload the largest file of {@code POST /api/cases/{caseNumber}/uploads} (the request may be
 *     {@link RequestSizeLimitFilter#MULTIPART_OVERHEAD} larger, for the form's other parts)
 */
@ConfigurationProperties("onedoor.http.request-limits")
record RequestLimitsProperties(DataSize maxBody, DataSize maxDeployment, DataSize maxUpload) {

  RequestLimitsProperties {
    maxBody = maxBody == null ? DataSize.ofMegabytes(1) : maxBody;
    maxDeployment = maxDeployment == null ? DataSize.ofMegabytes(10) : maxDeployment;
    maxUpload = maxUpload == null ? DataSize.ofMegabytes(10) : maxUpload;
  }
}
