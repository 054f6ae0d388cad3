package cn.onedoor;

import java.util.TimeZone;

import cn.onedoor.calendar.ChinaTime;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * OneDoor: case handling for a labour-dispute one-stop mediation centre.
 *
 * <p>Start reading at {@code processes/LaborDisputeCase.bpmn}; the README has a map.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class OneDoorApplication {

  static {
    // The engine formats and computes timer dates in the JVM's default zone; the centre's legal
    // clocks run on Beijing time wherever the server stands.
    TimeZone.setDefault(TimeZone.getTimeZone(ChinaTime.ZONE));
  }

  public static void main(String[] args) {
    SpringApplication.run(OneDoorApplication.class, args);
  }
}
