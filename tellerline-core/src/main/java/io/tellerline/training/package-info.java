/**
 * Versioned training data for the assistant's models (issue 19): the shipped corpus plus rows that
 * staff approved from the review inbox, frozen as dataset versions with a content hash, each row
 * naming where it came from. Retraining (capability {@code models}) reads a version through {@link
 * io.tellerline.training.domain.TrainingDatasets}; nothing here trains.
 */
package io.tellerline.training;
