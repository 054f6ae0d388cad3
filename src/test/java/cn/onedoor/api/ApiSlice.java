package cn.onedoor.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.TimeZone;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * Controllers of our API on MockMvc without the application: the controllers given (built by the
 * test from a few collaborators), our API's error handler as the application installs it for every
 * controller, and JSON as the application writes it (application.yml's {@code spring.jackson}:
 * Beijing time, no nulls; Boot's ISO dates). No security: who may call an endpoint is tested
 * through the application.
 */
public final class ApiSlice {

  private ApiSlice() {}

  public static MockMvc of(Object... controllers) {
    MappingJackson2HttpMessageConverter json = new MappingJackson2HttpMessageConverter(Jackson2ObjectMapperBuilder.json()
        .timeZone(TimeZone.getTimeZone("Asia/Shanghai")).serializationInclusion(JsonInclude.Include.NON_NULL)
        .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build());
    return MockMvcBuilders.standaloneSetup(controllers).setControllerAdvice(new ApiErrorHandler())
        .setMessageConverters(json).build();
  }
}
