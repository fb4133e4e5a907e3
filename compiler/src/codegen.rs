//! Config -> Plan.
