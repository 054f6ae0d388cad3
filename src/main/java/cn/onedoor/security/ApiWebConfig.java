package cn.onedoor.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration
class ApiWebConfig implements WebMvcConfigurer {

  private final IdentityService identityService;

  ApiWebConfig(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new EngineAuthenticationInterceptor(identityService)).addPathPatterns("/api/**");
  }
}
