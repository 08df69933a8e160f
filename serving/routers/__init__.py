"""HTTP routers of the gateway (thin: logic lives in the services)."""
