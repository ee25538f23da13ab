FROM node:20
WORKDIR /usr/src/app
# install dependencies first, so they stay cached
COPY package*.json ./
RUN npm install
COPY . .
RUN npm run build
EXPOSE 3000
CMD [ "node", "dist/server.js" ]
