def build_http_client():  # expect: DUP002@5
    return None


class Pool:
    async def build_grpc_client(self):  # expect: DUP002@15
        return None

    def build_http_clients(self):
        return []
