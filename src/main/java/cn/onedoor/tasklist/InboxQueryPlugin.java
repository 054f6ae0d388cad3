package cn.onedoor.tasklist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.TaskManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Replaces Camunda's task manager by {@link InboxTaskManager} (through the engine's documented
 * custom session factories) and loads its statements ({@code cn/onedoor/tasklist/task-queries.xml})
 * into the engine's MyBatis configuration. {@code onedoor.inbox.hashed-task-authorization: false}
 * switches back to Camunda's statements (and the benchmark and the equivalence tests switch at run
 * time through {@link #setEnabled}).
 */
@Component
public class InboxQueryPlugin extends AbstractProcessEnginePlugin {

  static final String MAPPER = "cn/onedoor/tasklist/task-queries.xml";

  private static final AtomicBoolean ENABLED = new AtomicBoolean(true);

  InboxQueryPlugin(@Value("${onedoor.inbox.hashed-task-authorization:true}") boolean enabled) {
    ENABLED.set(enabled);
  }

  /** Switches every engine of this JVM between OneDoor's task query statements and Camunda's. */
  public static void setEnabled(boolean enabled) {
    ENABLED.set(enabled);
  }

  public static boolean isEnabled() {
    return ENABLED.get();
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = configuration.getCustomSessionFactories() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return TaskManager.class;
      }

      @Override
      public Session openSession() {
        return new InboxTaskManager(ENABLED::get);
      }
    });
    configuration.setCustomSessionFactories(factories);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
    synchronized (mybatis) {
      if (mybatis.hasStatement(InboxTaskManager.SELECT, false)) {
        return; // a shared SQL session factory (several engines in one JVM) has them already
      }
      try (InputStream in = InboxQueryPlugin.class.getClassLoader().getResourceAsStream(MAPPER)) {
        if (in == null) {
          throw new IllegalStateException("missing " + MAPPER);
        }
        new XMLMapperBuilder(in, mybatis, MAPPER, mybatis.getSqlFragments()).parse();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
