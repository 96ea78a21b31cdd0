// The floor of the fixed stack: what any form on react-query + react-hook-form + zod costs before a
// line of its own, bundled alone. It is what a hand-written prompt on the same stack would import.

export { zodResolver } from '@hookform/resolvers/zod';
export { QueryClient, QueryClientProvider, useMutation } from '@tanstack/react-query';
export { useForm } from 'react-hook-form';
export { enum as enumOf, object, string } from 'zod/mini';
