package cn.onedoor.external;

import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** This node's own HTTP address, known once the web server has started (tests use a random port). */
@Component
public class LocalServer {

  private volatile int port = -1;

  @EventListener
  void onStarted(WebServerInitializedEvent event) {
    if (event.getApplicationContext().getServerNamespace() == null) {
      port = event.getWebServer().getPort();
    }
  }

  public String url(String path) {
    if (port < 0) {
      throw new IllegalStateException("the web server has not started yet");
    }
    return "http://127.0.0.1:" + port + path;
  }
}
