/**
 * The storage-failure predicates live in the engine layer (sandbox/ must not import services/,
 * and the vault needs them too); re-exported here so the services keep their import path.
 */
export { isInvalidatedDatabase, isStorageFailure, storageFailureKind } from '../../sandbox/storage/is-storage-failure';
