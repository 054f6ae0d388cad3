package cn.onedoor.reporting;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The supervisor dashboard at {@code /dashboard/}: static files in {@code static/dashboard/}, which
 * carry no data; every figure comes from {@code /api/reports/**} after a supervisor or administrator
 * has logged in (the Camunda webapp login, shared with Cockpit).
 */
@Configuration
class DashboardPage {

  static final String PATH = "/dashboard/";

  @Bean
  WebMvcConfigurer dashboardPaths() {
    return new WebMvcConfigurer() {
      @Override
      public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/dashboard", PATH);
        registry.addViewController(PATH).setViewName("forward:" + PATH + "index.html");
      }
    };
  }
}
