package cn.onedoor.security;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The servlet filters in front of everything else on the three API doors ({@code /api},
 * {@code /engine-rest}, the webapps' {@code /camunda/api}): body size first, then the engine's error
 * bodies, then the login throttle, then the engine doors' paging parameters, then the doors' own
 * authentication.
 */
@Configuration
class HttpGuardsConfig {

  @Bean
  FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(RequestLimitsProperties limits) {
    var registration = new FilterRegistrationBean<>(new RequestSizeLimitFilter(limits));
    registration.setName("onedoor-request-size-limit");
    registration.addUrlPatterns("/api/*", "/engine-rest/*", "/camunda/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  FilterRegistrationBean<EngineErrorBodyFilter> engineErrorBodyFilter() {
    var registration = new FilterRegistrationBean<>(new EngineErrorBodyFilter());
    registration.setName("onedoor-engine-error-bodies");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }

  @Bean
  FilterRegistrationBean<PagingParametersFilter> pagingParametersFilter() {
    var registration = new FilterRegistrationBean<>(new PagingParametersFilter());
    registration.setName("onedoor-paging-parameters");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
    return registration;
  }

  @Bean
  FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle) {
    var registration = new FilterRegistrationBean<>(new LoginThrottleFilter(throttle));
    registration.setName("onedoor-login-throttle");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/admin/auth/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
    return registration;
  }
}
