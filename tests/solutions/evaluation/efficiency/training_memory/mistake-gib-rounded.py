# expect: in GiB
# The GiB figure rounded to one decimal (19.37 -> 19.4). Before the fix a usual mistake
# was named only within 0.01% of its exact value, so the rounded GiB got the generic
# "add the bytes per parameter" message instead of the unit.
ANSWER = 19.4
