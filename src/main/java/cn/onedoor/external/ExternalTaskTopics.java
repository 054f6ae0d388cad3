package cn.onedoor.external;

import java.util.Set;

/**
 * The external-task topics ({@code camunda:type="external" camunda:topic="…"}) a worker of this
 * application fetches. The model guard refuses a model whose external task names a topic no bean of
 * this type serves: such a task would wait for ever, with no incident to show it.
 */
public interface ExternalTaskTopics {

  Set<String> topics();
}
