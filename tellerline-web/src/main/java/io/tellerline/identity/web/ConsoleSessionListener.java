package io.tellerline.identity.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;

/** Keeps {@link ConsoleSessions} free of sessions that ended or changed their id. */
@WebListener
public class ConsoleSessionListener implements HttpSessionListener, HttpSessionIdListener {

  @Inject ConsoleSessions sessions;

  @Override
  public void sessionDestroyed(HttpSessionEvent event) {
    sessions.forget(event.getSession().getId());
  }

  @Override
  public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
    sessions.forget(oldSessionId); // sign-in registers the new id
  }
}
