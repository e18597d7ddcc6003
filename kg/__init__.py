"""kg: knowledge graphs from Chinese articles about job roles and management practice."""

__version__ = "0.1.0"
