#!/bin/sh
echo "Herald applies migrations with 'npm run db:migrate' and creates them with 'npm run db:migration -- <name>'." >&2
echo "The native Prisma schema engine is not used (it cannot be downloaded on these machines)." >&2
exit 1
