package cn.onedoor.api;

/**
 * For controller tests on MockMvc without the application
 * ({@code MockMvcBuilders.standaloneSetup(controller).setControllerAdvice(ApiAdvice.errorHandler())}):
 * our API's error handler, as the application installs it for every controller.
 */
public final class ApiAdvice {

  private ApiAdvice() {}

  public static Object errorHandler() {
    return new ApiErrorHandler();
  }
}
