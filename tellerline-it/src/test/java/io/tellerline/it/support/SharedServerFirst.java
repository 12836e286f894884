package io.tellerline.it.support;

import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Runs the test classes on the shared Payara Micro ({@link OnPayaraMicro}) first, by name, then
 * those that start servers of their own, by name: so the shared server boots once ({@link
 * SharedMicroContainer}) and is stopped before the others need its port.
 */
public class SharedServerFirst implements ClassOrderer {

  @Override
  public void orderClasses(ClassOrdererContext context) {
    context
        .getClassDescriptors()
        .sort(
            Comparator.comparing(
                    (ClassDescriptor d) -> !OnPayaraMicro.class.isAssignableFrom(d.getTestClass()))
                .thenComparing(d -> d.getTestClass().getName()));
  }
}
