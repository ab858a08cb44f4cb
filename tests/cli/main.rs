//! Integration tests: drive the real `canonym` binary.
