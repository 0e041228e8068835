// Public surface of src/roles: re-exports only.
export {
  nodeRoles,
  roleOf,
  NODE_ROLES_DEFAULTS,
  NODE_ROLE_NAMES,
  type NodeRolesOptions,
  type NodeRolesResult,
  type NodeRoleRow,
  type NodeRole,
  type StandardDeviation,
} from "./node-roles.js";
export {
  classifyConnectors,
  CLASSIFY_CONNECTORS_DEFAULTS,
  CONNECTOR_THRESHOLDS_DEFAULTS,
  type ClassifyConnectorsOptions,
  type ConnectorThresholds,
  type ConnectorsResult,
  type ConnectorRow,
  type ConnectorKind,
} from "./connectors.js";
