/**
 * Knowledge: the knowledge base — articles in English and German, drafted by staff and published by
 * supervisors (audited), indexed with Lucene, and the FAQ answers the assistant cites. Uses
 * identity, audit, the platform and the kernel.
 */
package io.tellerline.knowledge;
