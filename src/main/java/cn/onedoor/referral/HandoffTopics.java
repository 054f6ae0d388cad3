package cn.onedoor.referral;

import cn.onedoor.external.ExternalTaskTopics;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The topics {@link HandoffWorker} serves, for the model guard. A bean of its own, without
 * dependencies: the guard asks for it while the engine is still being built at start-up, when the
 * worker (which needs the engine) cannot be created yet.
 */
@Component
class HandoffTopics implements ExternalTaskTopics {

  @Override
  public Set<String> topics() {
    return Arrays.stream(HandoffTopic.values()).map(HandoffTopic::topic).collect(Collectors.toUnmodifiableSet());
  }
}
