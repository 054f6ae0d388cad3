package cn.onedoor.simulator;

/** What a simulated system does to the next calls, for demos and tests. */
public enum Fault {
  /** answers normally */
  NONE,
  /** 503 without taking the call: the system is down */
  UNAVAILABLE,
  /** takes the call, then answers 503: the answer is lost, a retry must not file twice */
  LOST_RESPONSE,
  /** takes the call but answers only after the time-out delay, too late for our client */
  TIMEOUT,
  /** 422 invalid_file: the file is sent back for correction */
  INVALID_FILE
}
