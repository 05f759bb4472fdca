using System;

// Users mark their own assemblies CLS-compliant; a public catalog exposes these types, which must be compliant too (CS3001/CS3003).
[assembly: CLSCompliant(true)]
