package cn.onedoor.register;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A case has ended and its register row is closed: published by {@link CloseCaseListener} inside the
 * engine's transaction, before the listener returns. {@code process} is the ending execution, readable
 * only while the event is handled synchronously (a plain {@code @EventListener}); an asynchronous
 * listener must take what it needs from the register instead.
 */
public record CaseClosed(String caseNumber, Outcome outcome, VariableScope process) {}
