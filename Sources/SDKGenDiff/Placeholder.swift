// Placeholder: the diff engine is being written.
