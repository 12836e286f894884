package io.tellerline.console;

import io.tellerline.identity.web.ConsoleSignOut;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Signs staff out of the console and of Keycloak (POST only: a link cannot do it to them). */
@WebServlet("/console/logout")
public class ConsoleLogoutServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject ConsoleSignOut signOut;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    response.sendRedirect(signOut.signOut(request));
  }
}
