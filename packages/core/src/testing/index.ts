export {};
export { describeStoreContract } from '../state/store-contract.js';
export { describeStorageContract } from '../db/storage-contract.js';
