"""What marks a SQLite file as a register, readable before the table classes are loaded."""

SCHEMA_VERSION = 2
APPLICATION_ID = 0x52454731  # "REG1": tells a register from another program's SQLite file
