package cn.onedoor.register;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * 查找案件 / 我的案件 at {@code /cases/} (linked from Tasklist): static files in {@code static/cases/}
 * without data; the cases come from {@code /api/cases/search} and {@code /api/my-cases}.
 */
@Configuration
class CaseSearchPage {

  static final String PATH = "/cases/";

  @Bean
  WebMvcConfigurer caseSearchPaths() {
    return new WebMvcConfigurer() {
      @Override
      public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/cases", PATH);
        registry.addViewController(PATH).setViewName("forward:" + PATH + "index.html");
      }
    };
  }
}
