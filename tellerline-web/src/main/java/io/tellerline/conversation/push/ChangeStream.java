package io.tellerline.conversation.push;

/** One open connection to a page that wants to hear of conversation changes. */
public interface ChangeStream {

  /** Sends one event; false once the connection is gone. */
  boolean send(String event, String data);

  /** Keeps idle connections (and proxies in between) alive; false once the connection is gone. */
  boolean heartbeat();

  /** Ends the stream; the page reconnects, re-authenticating on the way. */
  void close();
}
